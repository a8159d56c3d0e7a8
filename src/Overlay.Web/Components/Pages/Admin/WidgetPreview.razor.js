// A normal browser tab refuses sound that no click started; OBS does not. The widget page in the preview iframe
// posts { overlaySound: "blocked" } to this (same-origin) admin page when its play() was refused. Then the
// "Enable sound" button shows: its click is the user gesture that lets the preview play sound (the iframe has
// allow="autoplay"), and the preview retries the sound of the alert on screen. Later alerts play as in OBS.
export function watchSound(box) {
    const unlock = box.querySelector(".sound-unlock");
    const frame = () => box.querySelector("iframe");
    const onMessage = e => {
        if (e.origin === location.origin && e.source === frame()?.contentWindow && e.data?.overlaySound === "blocked") {
            unlock.hidden = false;
        }
    };
    const onClick = () => {
        unlock.hidden = true;
        frame()?.contentWindow?.postMessage({ overlaySound: "retry" }, location.origin);
    };
    window.addEventListener("message", onMessage);
    unlock.querySelector("button").addEventListener("click", onClick);
    return {
        dispose() {
            window.removeEventListener("message", onMessage);
        },
    };
}

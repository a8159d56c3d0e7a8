#!/usr/bin/env python3
"""Writes wwwroot/sounds/chime.wav: the default gift alert sound, a soft two-note bell (E6 then B6), 0.8 s,
22.05 kHz 16-bit mono, about 35 KB. Run from the repository's top level; standard library only."""
import math, struct, wave

RATE = 22050
LENGTH = 0.8

def bell(t, start, freq):
    if t < start:
        return 0.0
    t -= start
    attack = min(1.0, t / 0.005)
    decay = math.exp(-t * 5.5)
    # A partial at 2.76x gives the note a bell colour rather than a pure beep.
    return attack * decay * (math.sin(2 * math.pi * freq * t) + 0.35 * math.sin(2 * math.pi * freq * 2.76 * t))

frames = bytearray()
for i in range(int(RATE * LENGTH)):
    t = i / RATE
    fade = min(1.0, (LENGTH - t) / 0.05)
    sample = 0.42 * fade * (bell(t, 0.0, 1318.5) + 0.8 * bell(t, 0.14, 1975.5))
    frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 32767))

with wave.open("wwwroot/sounds/chime.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(bytes(frames))

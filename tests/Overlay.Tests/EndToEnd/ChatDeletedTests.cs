using Overlay.Tests.Builders;
using Overlay.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Overlay.Tests.EndToEnd;

/// <summary>
/// A moderator deletes a chat on TikTok (§10 imDelete): the row leaves every open page at once, matched by the
/// chat's msgId or its messageUuid, and a deleted chat that arrives late is never drawn.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ChatDeletedTests(BrowserFixture browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("msg-2")]
    [InlineData("uuid-2")]
    public async Task Deleted_chat_leaves_every_open_page(string deletedId)
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var first = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));
        var second = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));

        await socket.SendTextAsync(Frames.Chat("welcome everyone").From("mod").Id("msg-1").Set("messageUuid", "uuid-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("<b>hateful</b> words").From("troll").Id("msg-2").Set("messageUuid", "uuid-2"), Ct);
        await socket.SendTextAsync(Frames.Chat("nice stream").From("fan").Id("msg-3").Set("messageUuid", "uuid-3"), Ct);
        await Expect(first.Locator(".chat-ticker .comment")).ToHaveTextAsync(["welcome everyone", "<b>hateful</b> words", "nice stream"]);

        await socket.SendTextAsync("""{"event":"imDelete","data":{"type":"imDelete","protoVersion":3,"deletedMsgId":""" + $"\"{deletedId}\"}}}}", Ct);

        await Expect(first.Locator(".chat-ticker .comment")).ToHaveTextAsync(["welcome everyone", "nice stream"]);
        await Expect(second.Locator(".chat-ticker .comment")).ToHaveTextAsync(["welcome everyone", "nice stream"]);
    }

    [Fact]
    public async Task Chat_deleted_before_it_arrives_is_never_drawn()
    {
        await using var h = await UpstreamHarness.StartAsync(Ct);
        var socket = await h.NextConnectedAttemptAsync(Ct);
        await using var context = await browser.NewContextAsync(800, 600);
        var page = await LiveWidgetPage.OpenAsync(context, h.App.PageUrl("chat-ticker"));

        await socket.SendTextAsync("""{"event":"imDelete","data":{"deletedMsgId":"late-1"}}""", Ct);
        await socket.SendTextAsync(Frames.Chat("removed by a moderator").From("troll").Id("late-1"), Ct);
        await socket.SendTextAsync(Frames.Chat("after it").From("fan").Id("ok-1"), Ct);

        await Expect(page.Locator(".chat-ticker .comment")).ToHaveTextAsync(["after it"]);
    }
}

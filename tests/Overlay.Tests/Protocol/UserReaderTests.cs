using System.Text.Json.Nodes;
using Overlay.Tests.Builders;
using Overlay.Web.Events;
using Overlay.Web.Protocol;

namespace Overlay.Tests.Protocol;

/// <summary>The user object (protocol.md §3), read through whole chat frames.</summary>
public sealed class UserReaderTests
{
    private readonly FrameParser _parser = new();

    private ViewerUser UserOf(JsonNode? user) =>
        Assert.IsType<ChatEvent>(_parser.Parse(Frames.Chat("hi").Set("user", user)).Event).User;

    [Fact]
    public void Missing_user_is_anonymous()
    {
        var chat = Assert.IsType<ChatEvent>(_parser.Parse(Frames.Chat("hi")).Event);

        Assert.Equal(("", "viewer"), (chat.User.IdentityKey, chat.User.DisplayName));
    }

    [Fact]
    public void User_that_is_not_an_object_is_anonymous()
    {
        Assert.Same(ViewerUser.Anonymous, UserOf("bob"));
    }

    [Fact]
    public void Id_falls_back_to_id_field()
    {
        Assert.Equal("42", UserOf(new JsonObject { ["id"] = 42, ["uniqueId"] = "ana" }).IdentityKey);
    }

    [Fact]
    public void UserId_wins_over_id()
    {
        Assert.Equal("7", UserOf(new JsonObject { ["userId"] = "7", ["id"] = "8" }).Id);
    }

    [Fact]
    public void Empty_nickname_displays_uniqueId()
    {
        Assert.Equal("ana", UserOf(new JsonObject { ["uniqueId"] = "ana", ["nickname"] = "" }).DisplayName);
    }

    [Fact]
    public void Level_falls_back_to_payGrade()
    {
        Assert.Equal(30, UserOf(new JsonObject { ["payGrade"] = "30" }).Level);
    }

    [Fact]
    public void Null_avatar_is_null()
    {
        Assert.Null(UserOf(new JsonObject { ["profilePictureUrl"] = null }).AvatarUrl);
    }

    [Fact]
    public void Top_gifter_rank_number_is_read()
    {
        Assert.Equal(2, UserOf(new JsonObject { ["topGifterRank"] = 2 }).TopGifterRank);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    public void Booleans_accept_true_and_one(string json)
    {
        Assert.True(UserOf(new JsonObject { ["isModerator"] = JsonNode.Parse(json) }).IsModerator);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("\"yes\"")]
    [InlineData("{}")]
    public void Booleans_default_to_false_otherwise(string json)
    {
        Assert.False(UserOf(new JsonObject { ["isSubscriber"] = JsonNode.Parse(json) }).IsSubscriber);
    }
}

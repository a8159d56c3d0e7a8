namespace Overlay.Widgets.Shared.Texts;

/// <summary>
/// The built-in widget texts per language: what a streamer in that market would put on stream, short. Templates
/// keep their placeholders ({nickname}, {months}) exactly; only the words around them change.
/// </summary>
public static class WidgetTexts
{
    public static string Get(WidgetText text, string language) => Of(text).In(language);

    /// <summary>
    /// The value a text field takes when the instance's language changes from <paramref name="from"/> to
    /// <paramref name="to"/>: the new default while it still equals the old default, else the streamer's own text
    /// unchanged (even when it happens to equal another language's default: only the old default counts as untouched).
    /// </summary>
    public static string Swap(WidgetText text, string current, string from, string to) =>
        string.Equals(current, Get(text, from), StringComparison.Ordinal) ? Get(text, to) : current;

    public static Translations Of(WidgetText text) => text switch
    {
        WidgetText.Live => new("LIVE", "EN VIVO", "AO VIVO", "LIVE", "LIVE"),
        WidgetText.ViewersLabel => new("viewers", "espectadores", "espectadores", "penonton", "Zuschauer"),
        WidgetText.Peak => new("peak", "pico", "pico", "puncak", "Spitze"),
        WidgetText.StreamEnded => new("Stream ended", "LIVE finalizado", "LIVE encerrada", "LIVE berakhir", "Stream beendet"),
        WidgetText.FollowTemplate => new("{nickname} followed!", "¡{nickname} te sigue!", "{nickname} começou a seguir!", "{nickname} mengikuti!", "{nickname} folgt jetzt!"),
        WidgetText.ShareTemplate => new("{nickname} shared the LIVE!", "¡{nickname} compartió el LIVE!", "{nickname} compartilhou a LIVE!", "{nickname} membagikan LIVE!", "{nickname} hat den LIVE geteilt!"),
        WidgetText.SubscribeTemplate => new("{nickname} subscribed!", "¡{nickname} se suscribió!", "{nickname} se inscreveu!", "{nickname} berlangganan!", "{nickname} hat abonniert!"),
        WidgetText.JoinTemplate => new("{nickname} joined", "{nickname} se unió", "{nickname} entrou", "{nickname} bergabung", "{nickname} ist da"),
        WidgetText.FollowCaption => new("New follower", "Nuevo seguidor", "Novo seguidor", "Pengikut baru", "Neuer Follower"),
        WidgetText.ShareCaption => new("Shared", "Compartido", "Compartilhou", "Dibagikan", "Geteilt"),
        WidgetText.SubscribeCaption => new("New subscriber", "Nuevo suscriptor", "Novo inscrito", "Pelanggan baru", "Neuer Abonnent"),
        WidgetText.JoinCaption => new("Welcome", "Bienvenido", "Bem-vindo", "Selamat datang", "Willkommen"),
        WidgetText.GiftCaption => new("Gift", "Regalo", "Presente", "Hadiah", "Geschenk"),
        WidgetText.GiftSent => new("sent", "envió", "enviou", "mengirim", "schickt"),
        WidgetText.Diamonds => new("diamonds", "diamantes", "diamantes", "berlian", "Diamanten"),
        WidgetText.GoalTitle => new("Like goal", "Meta de likes", "Meta de curtidas", "Target like", "Like-Ziel"),
        WidgetText.TopGifters => new("Top gifters", "Top regaladores", "Top doadores", "Top gifter", "Top-Gifter"),
        WidgetText.TopLikers => new("Top likers", "Top likes", "Top curtidas", "Top liker", "Top-Liker"),
        WidgetText.NoGiftsYet => new("No gifts yet", "Aún no hay regalos", "Nenhum presente ainda", "Belum ada hadiah", "Noch keine Geschenke"),
        WidgetText.NoLikesYet => new("No likes yet", "Aún no hay likes", "Nenhuma curtida ainda", "Belum ada like", "Noch keine Likes"),
        WidgetText.FeedFollowed => new("followed", "te sigue", "seguiu", "mengikuti", "folgt"),
        WidgetText.FeedSubscribed => new("subscribed", "se suscribió", "se inscreveu", "berlangganan", "hat abonniert"),
        WidgetText.FeedSubscribedMonths => new("subscribed · {months} months", "se suscribió · {months} meses", "se inscreveu · {months} meses", "berlangganan · {months} bulan", "hat abonniert · {months} Monate"),
        WidgetText.FeedShared => new("shared the LIVE", "compartió el LIVE", "compartilhou a LIVE", "membagikan LIVE", "hat den LIVE geteilt"),
        WidgetText.PkUs => new("Us", "Nosotros", "Nós", "Kami", "Wir"),
        WidgetText.PkOpponent => new("Opponent", "Rival", "Adversário", "Lawan", "Gegner"),
        WidgetText.PkVictory => new("Victory!", "¡Victoria!", "Vitória!", "Menang!", "Sieg!"),
        WidgetText.PkDefeat => new("Defeat", "Derrota", "Derrota", "Kalah", "Niederlage"),
        WidgetText.PkDraw => new("Draw", "Empate", "Empate", "Seri", "Unentschieden"),
        WidgetText.PkOver => new("Battle over", "Batalla terminada", "Batalha encerrada", "Battle selesai", "Battle vorbei"),
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Every widget text needs its translations here."),
    };
}

namespace Overlay.Web.Admin;

/// <summary>The <c>Admin</c> config section. A class, not a record, so no generated ToString prints the password.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Empty (the default): the admin answers only on this computer. Set: other devices may use it after a login.
    /// Widget pages are public either way.
    /// </summary>
    public string Password { get; set; } = "";

    public bool HasPassword => !string.IsNullOrEmpty(Password);
}

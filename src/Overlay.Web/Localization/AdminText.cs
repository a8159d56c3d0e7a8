namespace Overlay.Web.Localization;

/// <summary>
/// The admin's texts. The key is the English text as written in the components (so a missing translation shows
/// English, never a key); AdminText.{culture}.resx holds the translations, and a test fails when one lacks a key.
/// </summary>
public sealed class AdminText;

using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Templates;

/// <summary>The theme's source assets, read once.</summary>
internal static class ThemeFiles
{
    public static string Css { get; } = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "site.css"));

    public static string Js { get; } = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "js", "site.js"));
}

using System.CommandLine;

namespace ClinicSite.Cli.Commands;

/// <summary>Options shared by the commands that read a site.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input") { Description = "Folder with the Markdown pages and _data/.", DefaultValueFactory = _ => "input" };

    public static Option<string> Theme() => new("--theme") { Description = "Folder with layouts/, partials/ and assets/.", DefaultValueFactory = _ => "theme" };

    public static Option<string> Output() => new("--output") { Description = "Folder the site is written to.", DefaultValueFactory = _ => "output" };

    public static Option<string?> BaseUrl() => new("--base-url") { Description = "Public address of the site, overriding base_url in site.yml." };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Show full details of unexpected errors." };
}

namespace ClinicSite.BrowserTests.Support;

/// <summary>Finds the repository root (the folder holding ClinicSite.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Screenshots and PDFs for people to look at; git ignores test-output/.</summary>
    public static string TestOutput => Path.Combine(Root, "test-output", "browser");

    public static string DocsScreenshots => Path.Combine(Root, "docs", "screenshots");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClinicSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClinicSite.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace ClinicSite.Tests.Support;

/// <summary>Finds the repository root (the folder holding ClinicSite.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

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

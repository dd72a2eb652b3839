namespace ClinicSite.Engine.Content;

/// <summary>Paths as editors see them: relative to the working folder when inside it, with forward slashes.</summary>
internal static class DisplayPaths
{
    public static string For(string fullPath)
    {
        var cwd = Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(cwd, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}

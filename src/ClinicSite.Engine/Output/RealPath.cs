namespace ClinicSite.Engine.Output;

/// <summary>
/// A path with every symbolic link, '.', '..' and trailing separator resolved, like POSIX realpath(3); the part that
/// does not exist yet is kept as written. .NET resolves one link at a time (FileSystemInfo.ResolveLinkTarget) but has
/// no whole-path realpath, and comparing folders by the names they were given misses 'out -> input'.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // as Linux's ELOOP limit

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var resolved = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }

            var next = Path.Combine(resolved, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many symbolic links in '{path}'.");
            }

            // Start again from the link's target (relative to the link's folder), then the rest of the path.
            var targetFull = Path.GetFullPath(target, resolved);
            foreach (var rest in targetFull[Path.GetPathRoot(targetFull)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(rest);
            }

            resolved = Path.GetPathRoot(targetFull)!;
        }

        return resolved.Length > root.Length ? resolved.TrimEnd(Separators) : resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        if (string.Equals(path, folder, Comparison))
        {
            return true;
        }

        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, Comparison);
    }

    /// <summary>Windows and macOS folders are usually case-insensitive; Linux folders are not.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

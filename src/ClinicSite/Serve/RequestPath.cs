namespace ClinicSite.Cli.Serve;

/// <summary>Turns a request path into a file path strictly inside the site folder, or refuses it.</summary>
internal static class RequestPath
{
    /// <summary>
    /// True when neither the raw request target nor the decoded path tries to leave the folder: no '..' or '.' segments
    /// (plain or percent-encoded), no backslashes, no NUL, no drive letters or colons, no empty segments ('//' would
    /// make the rest an absolute path).
    /// </summary>
    public static bool IsSafe(string? rawTarget, string path)
    {
        if (!IsSafeDecoded(path))
        {
            return false;
        }

        if (string.IsNullOrEmpty(rawTarget) || !rawTarget.StartsWith('/'))
        {
            // Absolute-form targets (GET http://host/x) are checked through the decoded path alone.
            return true;
        }

        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = query < 0 ? rawTarget : rawTarget[..query];
        string decoded;
        try
        {
            // Decode twice: a double-encoded %252e%252e must not reach anything that decodes again.
            decoded = Uri.UnescapeDataString(Uri.UnescapeDataString(rawPath));
        }
        catch (UriFormatException)
        {
            return false;
        }

        return IsSafeDecoded(decoded);
    }

    private static bool IsSafeDecoded(string path)
    {
        if (path.Length == 0 || path[0] != '/' || path.AsSpan().IndexOfAny('\\', '\0', ':') >= 0)
        {
            return false;
        }

        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment is "." or ".." || (segment.Length == 0 && !last))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full file-system path for a safe request path, or null if it would land outside <paramref name="root"/>.</summary>
    public static string? InsideRoot(string root, string path)
    {
        var relative = path.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) || full == root ? full : null;
    }
}

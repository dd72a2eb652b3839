namespace ClinicSite.Cli.Serve;

/// <summary>
/// A rules file (<c>_headers</c>, <c>_redirects</c>) read lazily and read again when its size or time changes, so a
/// rebuild that swaps in a new site is picked up without restarting the host.
/// </summary>
internal sealed class RuleFile<T>(string path, Func<string, T> parse, T empty)
    where T : class
{
    private readonly Lock _gate = new();
    private (DateTime Time, long Length, T Rules)? _cached;

    public T Current
    {
        get
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return empty;
            }

            lock (_gate)
            {
                if (_cached is { } c && c.Time == info.LastWriteTimeUtc && c.Length == info.Length)
                {
                    return c.Rules;
                }

                T rules;
                try
                {
                    rules = parse(File.ReadAllText(path));
                }
                catch (IOException)
                {
                    // Caught mid-swap: serve without rules this once; the next request reads the new file.
                    return empty;
                }

                _cached = (info.LastWriteTimeUtc, info.Length, rules);
                return rules;
            }
        }
    }
}

using System.Globalization;

namespace ClinicSite.Bench.ReloadLatency;

/// <summary>Command-line options of the reload-latency tool.</summary>
internal sealed record Options(Uri Url, string File, int Runs, int Warmup, TimeSpan Pause, TimeSpan Timeout)
{
    public static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("--url", out var url) || !values.TryGetValue("--file", out var file)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !System.IO.File.Exists(file))
        {
            return null;
        }

        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(uri, file, Int("--runs", 20), Int("--warmup", 3), TimeSpan.FromMilliseconds(Int("--pause-ms", 400)), TimeSpan.FromSeconds(Int("--timeout-s", 30)));
    }
}

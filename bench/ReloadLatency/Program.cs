using System.Diagnostics;
using System.Globalization;
using ClinicSite.Bench.ReloadLatency;

// Times how long 'serve' takes from a Markdown file being written to the reload event reaching an open page.
//   ReloadLatency --url http://127.0.0.1:PORT/ --file input/procedures/x.md [--runs 20] [--warmup 3] [--pause-ms 400]
// Each run writes the page with one more sentence at the end of its body (so its HTML really changes), starts the
// clock just before the write, and stops it when the event stream delivers the next event, which must be 'reload'.
// The file is put back as it was at the end (and its rebuild awaited). Exit codes: 0 ok, 1 a run failed, 2 usage.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: ReloadLatency --url http://127.0.0.1:PORT/ --file PAGE.md [--runs 20] [--warmup 3] [--pause-ms 400]");
    return 2;
}

var original = File.ReadAllText(options.File);
using var client = new HttpClient { BaseAddress = options.Url, Timeout = Timeout.InfiniteTimeSpan };
using var events = await EventStream.ConnectAsync(client, options.Timeout);
var latencies = new List<double>();
try
{
    for (var i = 1; i <= options.Warmup + options.Runs; i++)
    {
        var text = original.TrimEnd('\n') + string.Create(CultureInfo.InvariantCulture, $"\n\nEdited for the reload benchmark, run {i}.\n");
        var start = Stopwatch.GetTimestamp();
        File.WriteAllText(options.File, text);
        var kind = await events.NextAsync(options.Timeout);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (kind != "reload")
        {
            Console.Error.WriteLine($"error: run {i} got '{kind}' instead of 'reload' (did the page stop building?)");
            return 1;
        }

        var counted = i > options.Warmup;
        if (counted)
        {
            latencies.Add(ms);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(counted ? $"#{i - options.Warmup}" : "warm-up"),-8} {ms,8:0.0} ms"));
        // Let the server go idle between saves, as it would between an editor's saves.
        await Task.Delay(options.Pause);
    }
}
catch (TimeoutException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
finally
{
    File.WriteAllText(options.File, original);
    try
    {
        // Wait for the rebuild of the restored page, so that it cannot be taken for a later run's event.
        await events.NextAsync(options.Timeout);
    }
    catch (Exception ex) when (ex is TimeoutException or IOException)
    {
        Console.Error.WriteLine($"warning: no event after restoring {options.File}: {ex.Message}");
    }
}

latencies.Sort();
double Percentile(double p) => latencies[(int)Math.Ceiling(p * latencies.Count) - 1];
var median = latencies.Count % 2 == 1 ? latencies[latencies.Count / 2] : (latencies[(latencies.Count / 2) - 1] + latencies[latencies.Count / 2]) / 2;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  min {latencies[0]:0.0} ms, median {median:0.0} ms, p90 {Percentile(0.9):0.0} ms, max {latencies[^1]:0.0} ms over {latencies.Count} runs"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median_ms={median:0.0}"));
return 0;

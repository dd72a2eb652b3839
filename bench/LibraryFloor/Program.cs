using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClinicSite.Engine;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Markdown;
using YamlDotNet.RepresentationModel;

// The floor under any build of this corpus: the steps no build can skip, each done alone, on every core, with
// nothing of ClinicSite's own in between. Their sum is what a build would take if everything else were free.
//
//   dotnet run --project bench/LibraryFloor -c Release -- CORPUS SITE [--rounds 5] [--warmup 3]
//
// CORPUS is a folder of Markdown sources (bench/CorpusGenerator writes one); SITE is the site built from it.
if (args.Length < 2 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: LibraryFloor CORPUS SITE [--rounds N] [--warmup N]   (both folders must exist)");
    return 2;
}

// Warm-up rounds are not counted. One is not enough on small corpora: after a single round of 1 000 pages the JIT
// has not yet optimised YamlDotNet and Markdig (2-3 times the time they take once it has).
var rounds = Option("--rounds", 5);
var warmup = Option("--warmup", 3);
var sourcePaths = Directory.GetFiles(args[0], "*.md", SearchOption.AllDirectories);
var pagePaths = Directory.GetFiles(args[1], "*.html", SearchOption.AllDirectories);
var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
var sources = sourcePaths.Select(p => FrontMatterSplit.Split(File.ReadAllText(p), out _)).OfType<FrontMatterSplit>().ToArray();
var pages = pagePaths.Select(File.ReadAllText).ToArray();
var pageBytes = pages.Select(Encoding.UTF8.GetBytes).ToArray();
var scratch = Path.Combine(Path.GetTempPath(), $"library-floor-{Environment.ProcessId}");

Console.WriteLine($"{sources.Length} sources ({sourcePaths.Length} .md files), {pages.Length} built pages ({pageBytes.Sum(b => (long)b.Length) / 1048576.0:0.0} MiB), {Environment.ProcessorCount} cores, median of {rounds} rounds after {warmup} warm-up rounds");
Console.WriteLine();
Console.WriteLine("  wall ms   CPU ms   CPU µs/item  step");

var steps = new (string Name, int Count, Action<int> Run, Action? Setup)[]
{
    ("read and decode the sources", sourcePaths.Length, i => strictUtf8.GetString(File.ReadAllBytes(sourcePaths[i])), null),
    ("YamlDotNet: load each front matter", sources.Length, i => new YamlStream().Load(new StringReader(sources[i].Yaml)), null),
    ("Markdig: parse and render each body", sources.Length, i => Markdig.Markdown.ToHtml(sources[i].Body, MarkdownPipelines.Site), null),
    ("write each built page", pages.Length, i => WritePage(i), ResetScratch),
};

double totalWall = 0, totalCpu = 0;
foreach (var (name, count, run, setup) in steps)
{
    var samples = new List<(double Wall, double Cpu)>();
    for (var round = 0; round < warmup + rounds; round++)
    {
        setup?.Invoke();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, PageParallelism.Options, run);
        var sample = (clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        if (round >= warmup)
        {
            samples.Add(sample);
        }
    }

    var (wall, cpuMs) = samples.OrderBy(s => s.Wall).ElementAt(samples.Count / 2);
    totalWall += wall;
    totalCpu += cpuMs;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall,8:0} {cpuMs,8:0} {cpuMs * 1000 / count,12:0}  {name}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{totalWall,8:0} {totalCpu,8:0} {"",12}  sum: the floor for {pages.Length} pages, before templates, checks or anything else"));
Directory.Delete(scratch, recursive: true);
return 0;

void ResetScratch()
{
    if (Directory.Exists(scratch))
    {
        Directory.Delete(scratch, recursive: true);
    }

    foreach (var directory in pagePaths.Select(p => Path.GetDirectoryName(Path.Combine(scratch, Path.GetRelativePath(args[1], p)))!).Distinct())
    {
        Directory.CreateDirectory(directory);
    }
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 2 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

void WritePage(int i) => File.WriteAllBytes(Path.Combine(scratch, Path.GetRelativePath(args[1], pagePaths[i])), pageBytes[i]);

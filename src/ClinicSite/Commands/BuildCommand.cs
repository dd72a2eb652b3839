using System.CommandLine;
using System.Globalization;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Pipeline;

namespace ClinicSite.Cli.Commands;

/// <summary><c>build</c> and <c>check</c>: run the pipeline, print diagnostics and a short summary.</summary>
internal static class BuildCommand
{
    public static Command Create(string name, bool write, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command(name, write
            ? "Build input/ and theme/ into output/ (the old output stays until the new site is complete)."
            : "Run every build step and check, but write nothing.");
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (overdue reviews, hard-to-read pages) as errors." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (wall and CPU time) and the memory in use after it." };
        command.Options.Add(input);
        command.Options.Add(theme);
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.Options.Add(strict);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                Input = parse.GetValue(input)!,
                Theme = parse.GetValue(theme)!,
                Output = parse.GetValue(output)!,
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                Write = write,
                BeforeSwap = Environment.GetEnvironmentVariable(PauseBeforeSwapVariable) is { Length: > 0 } signal ? () => PauseBeforeSwap(signal) : null,
            };
            return (int)Run(options, stdout, stderr, parse.GetValue(timings));
        });
        return command;
    }

    /// <summary>Test hook: names a file to create once every file is staged; the build then waits to be killed.</summary>
    internal const string PauseBeforeSwapVariable = "CLINICSITE_TEST_PAUSE_BEFORE_SWAP";

    // Lets a test kill the process at a known point in the write stage, to prove the previous output survives.
    private static void PauseBeforeSwap(string signalFile)
    {
        File.WriteAllText(signalFile, "staged");
        Thread.Sleep(Timeout.Infinite);
    }

    public static ExitCode Run(BuildOptions options, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        var result = SiteBuild.Run(options);
        foreach (var diagnostic in result.Diagnostics)
        {
            (diagnostic.Severity == Engine.Diagnostics.Severity.Error ? stderr : stdout).WriteLine(diagnostic.ToString());
        }

        if (timings && result.Timings is { } stages)
        {
            stdout.WriteLine("    wall      CPU  GC pause   memory  stage");
            foreach (var stage in stages.Stages)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage.Wall.TotalMilliseconds,5:0} ms {stage.Cpu.TotalMilliseconds,5:0} ms  {stage.GcPause.TotalMilliseconds,5:0} ms {stage.ResidentBytes / 1048576.0,4:0} MiB  {stage.Stage}"));
                foreach (var (part, time) in stage.Parts)
                {
                    // Under the CPU column: summed over threads, like CPU time, but clock time, so waits count too.
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"         {time.TotalMilliseconds,5:0} ms                     · {part}"));
                }
            }
        }

        if (result.OutputRefused)
        {
            return ExitCode.UsageOrEnvironment; // the one line above says which folder, why, and what to do
        }

        stdout.WriteLine(Summary(result, options));
        return result.Succeeded ? ExitCode.Success : ExitCode.ContentErrors;
    }

    internal static string Summary(BuildResult result, BuildOptions options)
    {
        int Count(Collection c) => result.PagesPerCollection.TryGetValue(c, out var n) ? n : 0;
        var pages = string.Create(CultureInfo.InvariantCulture,
            $"{Count(Collection.Procedures)} procedures, {Count(Collection.Specialists)} specialists, {Count(Collection.Checklists)} checklists, {Count(Collection.Risks)} risks, {Count(Collection.Pages)} other pages");
        var outcome = result.Succeeded
            ? options.Write ? $"Built {result.FilesWritten} files into {options.Output}/" : "Checked: no errors"
            : $"Failed with {result.Errors} error(s); {(options.Write ? $"{options.Output}/ was left unchanged" : "nothing written")}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{outcome}. {pages}. {result.Warnings} warning(s). {result.Elapsed.TotalSeconds:0.00} s.\n{result.DueSoon} page(s) due for review in the next {result.DueSoonDays} days.");
    }
}

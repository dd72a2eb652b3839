using System.CommandLine;
using ClinicSite.Cli.Commands;

namespace ClinicSite.Cli;

/// <summary>Builds the command tree and runs it; output goes to the writers given, so tests can capture it.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ClinicSite: builds the clinic's patient-information site from Markdown.");
        root.Subcommands.Add(BuildCommand.Create("build", write: true, stdout, stderr));
        root.Subcommands.Add(BuildCommand.Create("check", write: false, stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));

        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var parse = root.Parse(args.Where(a => a != "--verbose").ToArray());
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run with --help to see the commands and options.");
            return (int)ExitCode.UsageOrEnvironment;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: ClinicSite stopped unexpectedly: {ex.GetType().Name}: {ex.Message}");
            stderr.WriteLine(verbose ? ex.ToString() : "This is a bug in ClinicSite, not in your pages. Run again with --verbose for details to report.");
            return (int)ExitCode.UsageOrEnvironment;
        }
    }
}

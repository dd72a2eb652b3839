using System.CommandLine;
using System.Globalization;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClinicSite.Cli.Commands;

/// <summary><c>report</c>: every page with its words, reading grade, review dates, links and flags.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("report", "List every page: collection, title, words, reading grade, review dates, days until due, inbound and outbound links, and flags (overdue, hard-to-read, orphan).");
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var format = new Option<ReportFormat>("--format") { Description = "table (default), json (an array of page objects) or csv (for spreadsheets)." };
        var today = new Option<string?>("--today") { Description = "Count review dates from this day (YYYY-MM-DD) instead of today, e.g. to see what is due next month." };
        command.Options.Add(input);
        command.Options.Add(theme);
        command.Options.Add(format);
        command.Options.Add(today);
        command.SetAction(parse =>
        {
            var day = parse.GetValue(today);
            DateOnly? date = null;
            if (day is not null)
            {
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"error: --today '{day}' is not a date written as YYYY-MM-DD.");
                    return (int)ExitCode.UsageOrEnvironment;
                }

                date = parsed;
            }

            // The one place the report reads the clock; everything below gets the day passed in.
            var options = new BuildOptions { Input = parse.GetValue(input)!, Theme = parse.GetValue(theme)!, Write = false };
            var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
            return (int)Run(options, date ?? DateOnly.FromDateTime(DateTime.UtcNow), parse.GetValue(format), terminal, stdout, stderr);
        });
        return command;
    }

    /// <summary>
    /// Runs the checks without writing, counting review dates from <paramref name="today"/>, then prints the report.
    /// A Spectre table only when stdout is a terminal; plain text when it is redirected, so files and pipes get no
    /// colour codes or box characters.
    /// </summary>
    public static ExitCode Run(BuildOptions options, DateOnly today, ReportFormat format, bool terminal, TextWriter stdout, TextWriter stderr)
    {
        var result = SiteBuild.Run(options with { Write = false, Today = today });
        if (result.Site is null)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            stderr.WriteLine("error: no report: the site could not be read. Fix the errors above and run report again.");
            return ExitCode.ContentErrors;
        }

        var rows = BuildReport.Run(result.Site, today);
        if (format == ReportFormat.Table && terminal)
        {
            WriteSpectreTable(rows, stdout);
        }
        else
        {
            stdout.Write(ReportText.Format(rows, format));
        }

        if (result.Errors + result.Warnings > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The site has {result.Errors} error(s) and {result.Warnings} warning(s); run check to see them."));
        }

        return ExitCode.Success;
    }

    /// <summary>The report as a Spectre table; <paramref name="width"/> overrides the terminal's width (for tests).</summary>
    internal static void WriteSpectreTable(IReadOnlyList<PageReport> rows, TextWriter writer, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in ReportText.TableColumns)
        {
            table.AddColumn(new TableColumn(column.Header) { Alignment = column.Numeric ? Justify.Right : Justify.Left });
        }

        foreach (var row in rows)
        {
            var style = row.Flags == PageFlags.None ? Style.Plain : new Style(row.Flags.HasFlag(PageFlags.Overdue) ? Color.Red : Color.Yellow);
            table.AddRow(ReportText.TableColumns.Select(c => (IRenderable)new Text(c.Cell(row), c.Header == "Flags" ? style : Style.Plain)));
        }

        console.Write(table);
        console.WriteLine(ReportText.Totals(rows));
    }
}

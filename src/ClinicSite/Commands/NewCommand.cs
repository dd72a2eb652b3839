using System.CommandLine;
using ClinicSite.Engine.Scaffolding;

namespace ClinicSite.Cli.Commands;

/// <summary><c>new &lt;kind&gt; "Title"</c>: writes a page ready to fill in; never overwrites one.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("new", "Write a new page with every required front-matter field, today's review dates, the collection's standard headings and TODO placeholders to replace.");
        var kind = new Argument<string>("kind") { Description = "procedure, specialist, checklist, risk or page." };
        kind.AcceptOnlyFromAmong([.. ScaffoldPage.Kinds]);
        var title = new Argument<string>("title") { Description = "The page title, in quotes; the file name is made from it." };
        var input = CommonOptions.Input();
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(input);
        command.SetAction(parse =>
        {
            // The one place 'new' reads the clock: the page's reviewed date.
            var today = DateOnly.FromDateTime(DateTime.Now);
            var result = ScaffoldPage.Run(parse.GetValue(input)!, parse.GetValue(kind)!, parse.GetValue(title)!, today);
            if (!result.Created)
            {
                stderr.WriteLine($"error: {result.Message}");
                return (int)ExitCode.UsageOrEnvironment;
            }

            stdout.WriteLine(result.Message);
            return (int)ExitCode.Success;
        });
        return command;
    }
}

using System.CommandLine;
using ClinicSite.Engine.Schemas;

namespace ClinicSite.Cli.Commands;

/// <summary><c>schemas</c>: regenerates the JSON schemas in schemas/ from the front-matter records.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("schemas", "Write the JSON schemas the editor uses to check and autocomplete front matter (run after changing a front-matter record).");
        var output = new Option<string>("--output") { Description = "Folder to write the schemas to.", DefaultValueFactory = _ => GenerateSchemas.Folder };
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            try
            {
                var written = GenerateSchemas.Write(parse.GetValue(output)!);
                stdout.WriteLine($"Wrote {written.Count} schemas: {string.Join(", ", written.Select(Path.GetFileName))}.");
                return (int)ExitCode.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: the schemas could not be written ({ex.Message}).");
                return (int)ExitCode.UsageOrEnvironment;
            }
        });
        return command;
    }
}

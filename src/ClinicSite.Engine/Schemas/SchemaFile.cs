using System.Text.Json.Nodes;

namespace ClinicSite.Engine.Schemas;

/// <summary>One generated JSON schema: its file name in schemas/, the input files it describes (globs), and its content.</summary>
internal sealed record SchemaFile(string FileName, IReadOnlyList<string> AppliesTo, JsonObject Schema);

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ClinicSite.Tests.Schemas;

/// <summary>
/// Validates with JsonSchema.Net (8.x: 9 and newer charge companies a fee), the same draft-07 rules an editor's YAML
/// extension applies, formats included. Each problem reads "$.path: keyword: message".
/// </summary>
internal static class SchemaValidation
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static IReadOnlyList<string> Validate(JsonObject schema, JsonNode? value)
    {
        var compiled = JsonSchema.FromText(schema.ToJsonString());
        using var document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        var results = compiled.Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{Path(d.InstanceLocation.ToString())}: {e.Key}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    // "/guidance/0" -> "$.guidance[0]", the way the tests and editors read a place in a page's front matter.
    private static string Path(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var i) ? $"[{i}]" : "." + p));
}

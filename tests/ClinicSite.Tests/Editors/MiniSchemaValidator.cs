using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClinicSite.Tests.Editors;

/// <summary>
/// A small JSON Schema (draft-07) validator for exactly the keywords GenerateSchemas writes: type (one or a list),
/// properties, required, additionalProperties (false or a schema), items, enum, minLength, maxLength, pattern and
/// format (date, uri). No validator package restores from this registry, and these keywords are all the schemas use;
/// a keyword it does not know fails the validation, so a new keyword cannot slip through untested.
/// </summary>
internal static class MiniSchemaValidator
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "title", "description", "default", "type", "properties", "required", "additionalProperties",
        "items", "enum", "minLength", "maxLength", "pattern", "format",
    ];

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, as "path: problem"; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonObject schema, JsonNode? value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var (keyword, _) in schema)
        {
            if (!Known.Contains(keyword))
            {
                errors.Add($"{path}: the schema uses '{keyword}', which this validator does not know");
            }
        }

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {Kind(value)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: '{value}' is not one of {options.ToJsonString()}");
        }

        if (value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
        {
            CheckString(schema, text, path, errors);
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{path}[{i}]", errors);
            }
        }

        if (value is JsonObject obj)
        {
            CheckObject(schema, obj, path, errors);
        }
    }

    private static void CheckObject(JsonObject schema, JsonObject obj, string path, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var required in schema["required"] as JsonArray ?? [])
        {
            var key = required!.GetValue<string>();
            if (!obj.ContainsKey(key))
            {
                errors.Add($"{path}: required key '{key}' is missing");
            }
        }

        foreach (var (key, child) in obj)
        {
            if (properties?[key] is JsonObject property)
            {
                Check(property, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                errors.Add($"{path}: key '{key}' is not allowed");
            }
        }
    }

    private static void CheckString(JsonObject schema, string text, string path, List<string> errors)
    {
        if (schema["minLength"] is { } min && text.Length < min.GetValue<int>())
        {
            errors.Add($"{path}: shorter than {min}");
        }

        if (schema["maxLength"] is { } max && text.Length > max.GetValue<int>())
        {
            errors.Add($"{path}: longer than {max}");
        }

        if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        var format = schema["format"]?.GetValue<string>();
        if (format == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{path}: '{text}' is not a date");
        }
        else if (format == "uri" && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            errors.Add($"{path}: '{text}' is not an absolute URI");
        }
    }

    private static bool HasType(JsonNode? value, string type) => (type, value) switch
    {
        ("null", null) => true,
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == JsonValueKind.Number && double.IsInteger(double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture)),
        _ => false,
    };

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind().ToString().ToLowerInvariant(),
        _ => "unknown",
    };
}

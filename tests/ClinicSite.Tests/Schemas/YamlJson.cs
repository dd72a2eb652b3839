using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicSite.Engine.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Tests.Schemas;

/// <summary>
/// Reads YAML as an editor's YAML language server sees it (YAML 1.2 core schema): plain true/false are booleans,
/// plain integers and decimals are numbers, empty or null is null, anything else (dates included) is a string.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    /// <summary>The front matter of a page file, split off the way the build does it, as JSON.</summary>
    public static JsonNode? FrontMatter(string pageText) =>
        Parse((FrontMatterSplit.Split(pageText.Replace("\r\n", "\n", StringComparison.Ordinal), out _) ?? throw new ArgumentException("No front matter.", nameof(pageText))).Yaml);

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.GetType().Name}"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when Decimal().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Decimal();
}

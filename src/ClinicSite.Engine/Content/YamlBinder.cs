using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ClinicSite.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Content;

/// <summary>
/// Binds a YAML node to a typed record, reporting every unknown key, missing key, wrong shape and bad value with
/// its line and column. The records are the single source of truth for the schema (see <see cref="SchemaModel"/>).
/// </summary>
internal sealed class YamlBinder(string displayPath, int lineOffset, DiagnosticBag diagnostics, FieldPositions positions)
{
    /// <summary>
    /// The list for each item type a record's IReadOnlyList&lt;T&gt; holds. A table, not MakeGenericType, so that Native
    /// AOT compiles every one of them; a new item type needs its line here (YamlBinderTablesTests checks every record).
    /// </summary>
    internal static readonly FrozenDictionary<Type, Func<IList>> Lists = new Dictionary<Type, Func<IList>>
    {
        [typeof(string)] = static () => new List<string>(),
        [typeof(Guidance)] = static () => new List<Guidance>(),
        [typeof(SourceRef)] = static () => new List<SourceRef>(),
        [typeof(NavLink)] = static () => new List<NavLink>(),
        [typeof(HeaderRule)] = static () => new List<HeaderRule>(),
        [typeof(Redirect)] = static () => new List<Redirect>(),
        [typeof(GlossaryEntry)] = static () => new List<GlossaryEntry>(),
    }.ToFrozenDictionary();

    /// <summary>The map, ordinal-sorted by key, for each value type a record's IReadOnlyDictionary&lt;string, T&gt; holds; as <see cref="Lists"/>.</summary>
    internal static readonly FrozenDictionary<Type, Func<IDictionary>> Maps = new Dictionary<Type, Func<IDictionary>>
    {
        [typeof(string)] = static () => new SortedDictionary<string, string>(StringComparer.Ordinal),
        [typeof(Reviewer)] = static () => new SortedDictionary<string, Reviewer>(StringComparer.Ordinal),
        [typeof(RiskNote)] = static () => new SortedDictionary<string, RiskNote>(StringComparer.Ordinal),
    }.ToFrozenDictionary();

    private bool _failed;

    /// <summary>Why reading a record type's constructor and properties by reflection is safe when trimmed.</summary>
    internal const string RecordsKept =
        "The records are ClinicSite.Engine types (front matter, site data and what they hold), and the Native AOT publish " +
        "keeps that assembly whole (TrimmerRootAssembly in src/ClinicSite/ClinicSite.csproj), constructors and properties included.";

    /// <summary>True when any value could not be bound.</summary>
    public bool Failed => _failed;

    public T? Bind<T>(YamlNode node) where T : class => (T?)BindValue(typeof(T), node, string.Empty);

    public IReadOnlyList<T>? BindList<T>(YamlNode node) where T : class => (IReadOnlyList<T>?)BindValue(typeof(IReadOnlyList<T>), node, string.Empty);

    private SourceSpan Span(YamlNode node) =>
        new(displayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private void Fail(DiagnosticCode code, YamlNode node, string message)
    {
        _failed = true;
        diagnostics.Error(code, Span(node), message);
    }

    private object? BindValue(Type type, YamlNode node, string path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            positions.Set(path, Span(node));
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (SchemaModel.IsList(underlying, out var itemType))
        {
            return BindList(itemType, node, path);
        }

        if (SchemaModel.IsMap(underlying, out var valueType))
        {
            return BindMap(valueType, node, path);
        }

        if (SchemaModel.IsRecord(underlying))
        {
            return BindRecord(underlying, node, path);
        }

        return BindScalar(underlying, node, path);
    }

    private object? BindScalar(Type type, YamlNode node, string path)
    {
        if (node is not YamlScalarNode scalar)
        {
            Fail(Codes.WrongType, node, $"'{Display(path)}' should be a single value ({SchemaModel.Describe(type)}), not a {Shape(node)}.");
            return null;
        }

        var text = scalar.Value ?? string.Empty;
        if (type == typeof(string))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Fail(Codes.InvalidValue, node, $"'{Display(path)}' is empty. Write a value after the colon.");
                return null;
            }

            return text.Trim();
        }

        if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(Codes.InvalidValue, node, $"'{Display(path)}' is '{text}', which is not a real date written as YYYY-MM-DD (for example 2026-11-15).");
            return null;
        }

        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Fail(Codes.InvalidValue, node, $"'{Display(path)}' is '{text}', which is not a whole number.");
            return null;
        }

        if (type == typeof(double))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Fail(Codes.InvalidValue, node, $"'{Display(path)}' is '{text}', which is not a number.");
            return null;
        }

        if (type == typeof(bool))
        {
            if (text is "true" or "false")
            {
                return text == "true";
            }

            Fail(Codes.InvalidValue, node, $"'{Display(path)}' is '{text}'; write true or false.");
            return null;
        }

        if (type.IsEnum)
        {
            if (SchemaModel.EnumValue(type, text) is { } value)
            {
                return value;
            }

            var allowed = SchemaModel.EnumValues(type);
            Fail(Codes.InvalidValue, node, $"'{Display(path)}' is '{text}', which is not allowed. Use one of: {string.Join(", ", allowed)}.{Suggest.Hint(text, allowed)}");
            return null;
        }

        throw new NotSupportedException($"Front-matter type {type} is not supported.");
    }

    private IList? BindList(Type itemType, YamlNode node, string path)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Fail(Codes.WrongType, node, $"'{Display(path)}' should be a list, not a {Shape(node)}. Write each item on its own line starting with '- ', or [a, b].");
            return null;
        }

        var list = Lists.TryGetValue(itemType, out var makeList)
            ? makeList()
            : throw new NotSupportedException($"Front-matter lists of {itemType} are not supported: add the type to YamlBinder.Lists.");
        var i = 0;
        foreach (var child in sequence.Children)
        {
            var value = BindValue(itemType, child, $"{path}[{i++}]");
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private IDictionary? BindMap(Type valueType, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Fail(Codes.WrongType, node, $"'{Display(path)}' should be a set of 'key: value' lines, not a {Shape(node)}.");
            return null;
        }

        var map = Maps.TryGetValue(valueType, out var makeMap)
            ? makeMap()
            : throw new NotSupportedException($"Front-matter maps of {valueType} are not supported: add the type to YamlBinder.Maps.");
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Fail(Codes.WrongType, keyNode, $"'{Display(path)}' has a key that is a {Shape(keyNode)}. Each key must be a single word or id before the colon.");
                continue;
            }

            var value = BindValue(valueType, valueNode, Join(path, key));

            // An entry is named by its key, so errors about the entry as a whole point there.
            positions.Set(Join(path, key), Span(keyNode));
            if (value is not null)
            {
                map[key] = value;
            }
        }

        return map;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = RecordsKept)]
    private object? BindRecord(Type type, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            Fail(Codes.WrongType, node, $"'{(path.Length == 0 ? "front matter" : Display(path))}' should be a set of 'key: value' lines, not a {Shape(node)}.");
            return null;
        }

        var fields = SchemaModel.Fields(type);
        var instance = Activator.CreateInstance(type, nonPublic: true)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                var keys = fields.Select(f => f.Key).ToList();
                var hint = Suggest.Hint(key, keys);
                Fail(Codes.UnknownKey, keyNode, $"Unknown key '{key}'.{(hint.Length > 0 ? hint : " Remove it or correct its spelling.")} Allowed keys here: {string.Join(", ", keys)}.");
                continue;
            }

            seen.Add(key);
            if (valueNode is YamlScalarNode { Value: null or "" } && !SchemaModel.IsList(field.Property.PropertyType, out _) && !field.Required)
            {
                continue;
            }

            var value = BindValue(field.Property.PropertyType, valueNode, Join(path, key));
            if (value is null)
            {
                ok = false;
                continue;
            }

            field.Property.SetValue(instance, value);
        }

        foreach (var missing in fields.Where(f => f.Required && !seen.Contains(f.Key)))
        {
            Fail(Codes.MissingKey, mapping, $"Required key '{Join(path, missing.Key)}' is missing. Add a line '{missing.Key}: …'{(missing.Help is null ? string.Empty : $" ({missing.Help})")}.");
            ok = false;
        }

        return ok ? instance : null;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Display(string path) => path.Length == 0 ? "value" : path;

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of 'key: value' lines",
        _ => "single value",
    };
}

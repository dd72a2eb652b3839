using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClinicSite.Engine.Content;

/// <summary>One front-matter field of a record: its YAML key, property, whether it is required, and its help text.</summary>
internal sealed record SchemaField(string Key, PropertyInfo Property, bool Required, string? Help, Collection? References);

/// <summary>Reads the schema off the C# records, so validation, JSON schemas and docs share one source of truth.</summary>
internal static class SchemaModel
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<SchemaField>> Cache = new();

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = YamlBinder.RecordsKept)]
    public static IReadOnlyList<SchemaField> Fields(Type type) => Cache.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is not null && p.Name != "EqualityContract")
        .OrderBy(p => p.DeclaringType == t ? 1 : 0)
        // Declaration order. Native AOT keeps no metadata tokens; there GetProperties' own order (also declaration order)
        // stands, as OrderBy is stable.
        .ThenBy(p => p.HasMetadataToken() ? p.MetadataToken : 0)
        .Select(p => new SchemaField(
            Names.SnakeCase(p.Name),
            p,
            p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
            p.GetCustomAttribute<HelpAttribute>()?.Text,
            p.GetCustomAttribute<ReferencesAttribute>()?.Collection))
        .ToList());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (string[] Names, object[] Values)> Enums = new();

    /// <summary>The kebab-case names editors write for an enum's values, in declaration order.</summary>
    public static string[] EnumValues(Type enumType) => Enum(enumType).Names;

    /// <summary>The value an editor's kebab-case name stands for, or null when it names none.</summary>
    public static object? EnumValue(Type enumType, string name)
    {
        var (names, values) = Enum(enumType);
        var index = Array.IndexOf(names, name);
        return index >= 0 ? values[index] : null;
    }

    // Read once per type: every page's front matter names a few. The values come as the underlying numbers and are boxed
    // as the enum here, because Enum.GetValues(Type) makes an array of the enum type, which Native AOT may not have.
    private static (string[] Names, object[] Values) Enum(Type enumType) => Enums.GetOrAdd(enumType, static t =>
        (System.Enum.GetNames(t).Select(Names.KebabCase).ToArray(),
         System.Enum.GetValuesAsUnderlyingType(t).Cast<object>().Select(v => System.Enum.ToObject(t, v)).ToArray()));

    public static bool IsList(Type type, out Type itemType)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            itemType = type.GetGenericArguments()[0];
            return true;
        }

        itemType = typeof(object);
        return false;
    }

    public static bool IsMap(Type type, out Type valueType)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            valueType = type.GetGenericArguments()[1];
            return true;
        }

        valueType = typeof(object);
        return false;
    }

    public static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && !IsList(type, out _) && !IsMap(type, out _);

    public static string Describe(Type type) =>
        type == typeof(DateOnly) ? "a date, YYYY-MM-DD"
        : type == typeof(int) ? "a whole number"
        : type == typeof(bool) ? "true or false"
        : type.IsEnum ? "one of " + string.Join(", ", EnumValues(type))
        : "text";
}

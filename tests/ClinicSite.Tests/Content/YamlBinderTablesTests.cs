using ClinicSite.Engine.Content;

namespace ClinicSite.Tests.Content;

/// <summary>
/// YamlBinder makes its lists and maps from a table (no MakeGenericType, so Native AOT compiles each one). Every
/// IReadOnlyList&lt;T&gt; and IReadOnlyDictionary&lt;string, T&gt; that a front-matter or site-data record can reach must
/// have its line there, or a new field would bind only until the first AOT build.
/// </summary>
public sealed class YamlBinderTablesTests
{
    // The front-matter records (every PageMeta) and the two data files' roots, site.yml and glossary.yml's items.
    private static IEnumerable<Type> Roots() =>
        typeof(PageMeta).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageMeta)) && !t.IsAbstract)
            .Append(typeof(SiteData))
            .Append(typeof(GlossaryEntry));

    private static (HashSet<Type> Items, HashSet<Type> Values) Reachable()
    {
        var items = new HashSet<Type> { typeof(GlossaryEntry) }; // glossary.yml is a list of them
        var values = new HashSet<Type>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(Roots());
        while (pending.TryPop(out var record))
        {
            if (!seen.Add(record))
            {
                continue;
            }

            foreach (var field in SchemaModel.Fields(record))
            {
                var type = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
                while (true)
                {
                    if (SchemaModel.IsList(type, out var item))
                    {
                        items.Add(item);
                        type = item;
                    }
                    else if (SchemaModel.IsMap(type, out var value))
                    {
                        values.Add(value);
                        type = value;
                    }
                    else
                    {
                        break;
                    }
                }

                if (SchemaModel.IsRecord(type))
                {
                    pending.Push(type);
                }
            }
        }

        return (items, values);
    }

    [Fact]
    public void Every_list_item_type_a_record_reaches_has_a_list_in_the_table()
    {
        var (items, _) = Reachable();
        Assert.Empty(items.Where(t => !YamlBinder.Lists.ContainsKey(t)).Select(t => t.FullName));
    }

    [Fact]
    public void Every_map_value_type_a_record_reaches_has_a_map_in_the_table()
    {
        var (_, values) = Reachable();
        Assert.Empty(values.Where(t => !YamlBinder.Maps.ContainsKey(t)).Select(t => t.FullName));
    }

    [Fact]
    public void The_tables_make_what_their_keys_name()
    {
        Assert.All(YamlBinder.Lists, e => Assert.Equal(typeof(List<>).MakeGenericType(e.Key), e.Value().GetType()));
        Assert.All(YamlBinder.Maps, e => Assert.Equal(typeof(SortedDictionary<,>).MakeGenericType(typeof(string), e.Key), e.Value().GetType()));
    }

    [Fact]
    public void The_maps_sort_their_keys_ordinally()
    {
        var map = YamlBinder.Maps[typeof(string)]();
        map["b"] = "2";
        map["B"] = "1";
        map["a"] = "3";
        Assert.Equal(["B", "a", "b"], map.Keys.Cast<string>());
    }
}

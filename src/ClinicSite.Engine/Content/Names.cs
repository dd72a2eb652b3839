using System.Text;

namespace ClinicSite.Engine.Content;

/// <summary>Name conventions: PascalCase properties are snake_case keys; enum members are kebab-case values.</summary>
internal static class Names
{
    public static string SnakeCase(string pascal) => Separated(pascal, '_');

    public static string KebabCase(string pascal) => Separated(pascal, '-');

    private static string Separated(string pascal, char separator)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

using System.Globalization;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// Syllables of a digit string read aloud as an American cardinal ("12" = twelve = 1,
/// "2024" = two thousand twenty-four = 6, "3.5" = three point five = 3, "1,000" = one thousand = 3).
/// </summary>
internal static class NumberSyllables
{
    // zero … nineteen
    private static readonly int[] Small = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];

    // (none), (ten), twenty … ninety
    private static readonly int[] Tens = [0, 1, 2, 2, 2, 2, 2, 3, 2, 2];

    // (units), thousand, million, billion, trillion, quadrillion, quintillion
    private static readonly int[] Scales = [0, 2, 2, 2, 2, 3, 3];

    /// <summary>
    /// Counts a number token made of digits with optional thousands commas and one decimal point.
    /// Digits after the point are read one by one; integers longer than 18 digits are read digit by digit.
    /// </summary>
    public static int Count(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.Replace(",", string.Empty, StringComparison.Ordinal);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var total = Integer(whole);
        if (point >= 0)
        {
            var fraction = digits[(point + 1)..].Replace(".", string.Empty, StringComparison.Ordinal);
            total += 1 + DigitByDigit(fraction); // "point"
        }

        return total;
    }

    private static int Integer(string digits)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return DigitByDigit(digits);
        }

        if (digits.Length > 18)
        {
            return DigitByDigit(digits);
        }

        var value = ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value == 0)
        {
            return Small[0];
        }

        var total = 0;
        for (var scale = 0; value > 0; scale++, value /= 1000)
        {
            var chunk = (int)(value % 1000);
            if (chunk > 0)
            {
                total += BelowThousand(chunk) + Scales[scale];
            }
        }

        return total;
    }

    private static int BelowThousand(int n)
    {
        var total = n >= 100 ? Small[n / 100] + 2 : 0; // "hundred"
        var rest = n % 100;
        if (rest >= 20)
        {
            total += Tens[rest / 10] + (rest % 10 > 0 ? Small[rest % 10] : 0);
        }
        else if (rest > 0)
        {
            total += Small[rest];
        }

        return total;
    }

    private static int DigitByDigit(string digits) =>
        digits.Where(char.IsAsciiDigit).Sum(d => Small[d - '0']);
}

using System.Security.Cryptography;
using System.Text;

namespace SampleGenerator.Pdf;

/// <summary>PdfPig writes a random trailer /ID; replace it (same length, so xref offsets hold) with a hash of the file name.</summary>
public static class DeterministicId
{
    public static byte[] Apply(byte[] pdf, string fileName)
    {
        var marker = "/ID [ <"u8.ToArray();
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0) return pdf;
        var hex = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(fileName)));
        var start = at + marker.Length;
        for (var i = 0; i < 32; i++) pdf[start + i] = (byte)hex[i];
        var second = start + 32 + 2; // "><"
        if (pdf[second - 1] == (byte)'<')
        {
            for (var i = 0; i < 32; i++) pdf[second + i] = (byte)hex[i];
        }
        return pdf;
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace PolicyTracker.Tests.Accounts;

/// <summary>
/// Reads the text of a QR code from a PNG data URI as a phone's camera would: the PNG is decoded (8-bit or narrower
/// grey or palette rows, no interlacing, any row filter none/sub/up) and ZXing finds and reads the code in its pixels.
/// </summary>
public static class QrCodeReader
{
    public static string? Read(string dataUri)
    {
        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, dataUri);
        var (grey, width, height) = DecodePng(Convert.FromBase64String(dataUri[prefix.Length..]));
        var bitmap = new ZXing.BinaryBitmap(new ZXing.Common.HybridBinarizer(
            new ZXing.RGBLuminanceSource(grey, width, height, ZXing.RGBLuminanceSource.BitmapFormat.Gray8)));
        return new ZXing.QrCode.QRCodeReader().decode(bitmap)?.Text;
    }

    private static (byte[] Grey, int Width, int Height) DecodePng(byte[] png)
    {
        int width = 0, height = 0, bitDepth = 0, colourType = 0;
        byte[] palette = [];
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    (width, height, bitDepth, colourType) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9]);
                    Assert.Equal(0, data[12]); // not interlaced
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            at += 12 + length;
        }

        Assert.True(colourType is 0 or 3 && bitDepth <= 8, $"colour type {colourType}, bit depth {bitDepth}");
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = (width * bitDepth + 7) / 8;
        var grey = new byte[width * height];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                row[i] += filter switch { 0 => 0, 1 => i > 0 ? row[i - 1] : (byte)0, 2 => previous[i], _ => throw new NotSupportedException($"PNG filter {filter}") };
            }

            for (var x = 0; x < width; x++)
            {
                var value = (row[x * bitDepth / 8] >> (8 - bitDepth - (x * bitDepth % 8))) & ((1 << bitDepth) - 1);
                grey[y * width + x] = colourType == 3 ? palette[value * 3] : (byte)(value * 255 / ((1 << bitDepth) - 1));
            }

            previous = row;
        }

        return (grey, width, height);
    }
}

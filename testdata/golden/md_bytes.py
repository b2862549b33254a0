def frame(kind, body):
    header = bytes([0x7E, len(body)])
    return header + kind.encode("ascii") + b":" + body


def checksum(payload):
    total = 0
    for byte in payload:
        total = (total * 31 + byte) % 65521
    return total


msg = frame("PING", "héllo".encode())
print(msg, len(msg), msg[0], msg[2:6].decode(), checksum(msg), msg.hex())

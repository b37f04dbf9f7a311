import json
import sys

wanted = json.loads("{\"port\": 3647, \"timeout\": 137, \"limits\": {\"cpu\": 3211, \"memory\": 947}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

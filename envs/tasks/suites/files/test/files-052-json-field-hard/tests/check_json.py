import json
import sys

wanted = json.loads("{\"name\": \"apple\", \"timeout\": 82, \"retries\": 9757, \"limits\": {\"cpu\": 6717, \"memory\": 5998}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

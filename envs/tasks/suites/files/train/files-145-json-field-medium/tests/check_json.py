import json
import sys

wanted = json.loads("{\"mode\": \"pepper\", \"port\": 5852, \"retries\": 2, \"name\": \"cloud\", \"owner\": {\"name\": \"lemon\", \"team\": \"orchid\"}, \"limits\": {\"cpu\": 2400, \"memory\": 3128}}")
try:
    with open('/workspace/settings.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

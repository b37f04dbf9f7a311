import json
import sys

wanted = json.loads("{\"mode\": \"garnet\", \"timeout\": 285, \"name\": \"pearl\", \"port\": 7256, \"owner\": {\"name\": \"maple\", \"team\": \"brick\"}, \"limits\": {\"cpu\": 8413, \"memory\": 4393}}")
try:
    with open('/workspace/config.json') as f:
        actual = json.load(f)
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if actual == wanted else 1)

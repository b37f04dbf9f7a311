#!/usr/bin/env bash
sed -i -e 's/^maple,.*/maple,7548/' -e 's/^brick,.*/brick,2622/' /workspace/scores.csv

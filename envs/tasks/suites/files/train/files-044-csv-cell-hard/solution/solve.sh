#!/usr/bin/env bash
sed -i -e 's/^frost,.*/frost,6916/' -e 's/^garnet,.*/garnet,8059/' /workspace/scores.csv

#!/usr/bin/env bash
wc -l < /workspace/cobalt.log > /workspace/count.txt

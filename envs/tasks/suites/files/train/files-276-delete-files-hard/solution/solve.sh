#!/usr/bin/env bash
rm -r /workspace/assets /workspace/island.txt

#!/usr/bin/env bash
rm -r /workspace/reports /workspace/saddle.txt

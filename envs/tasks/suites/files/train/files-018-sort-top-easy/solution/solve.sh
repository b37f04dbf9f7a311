#!/usr/bin/env bash
sort /workspace/jasper.txt | head -n 2 > /workspace/cedar.txt

#!/usr/bin/env bash
rm -r /workspace/reports /workspace/velvet.txt

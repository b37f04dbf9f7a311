#!/usr/bin/env bash
rm -r /workspace/logs /workspace/mango.txt

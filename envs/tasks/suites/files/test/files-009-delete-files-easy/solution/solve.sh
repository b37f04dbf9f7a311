#!/usr/bin/env bash
rm /workspace/saddle.txt

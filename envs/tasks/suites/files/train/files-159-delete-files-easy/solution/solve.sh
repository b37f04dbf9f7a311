#!/usr/bin/env bash
rm /workspace/jasper.txt

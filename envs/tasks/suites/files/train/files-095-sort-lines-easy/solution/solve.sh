#!/usr/bin/env bash
sort -o /workspace/walnut.txt /workspace/walnut.txt

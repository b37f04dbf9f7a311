#!/usr/bin/env bash
sort -o /workspace/mango.txt /workspace/mango.txt

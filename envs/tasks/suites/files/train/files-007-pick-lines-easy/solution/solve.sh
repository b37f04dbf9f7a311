#!/usr/bin/env bash
head -n 2 /workspace/maple.txt > /workspace/garnet.txt

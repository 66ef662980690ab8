target_sources(shoal-models PRIVATE
    headers/authresults.h
    headers/authresults.cpp
    headers/dkimbodyhash.h
    headers/dkimbodyhash.cpp
    headers/ipscope.h
    headers/ipscope.cpp
    headers/receivedpath.h
    headers/receivedpath.cpp
    headers/sendingservice.h
    headers/sendingservice.cpp
)
